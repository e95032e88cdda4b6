// The calendar's interactions: drag an appointment onto a free slot of the day grid to move it,
// and the week view (FullCalendar) with the same panels as the day.
(function () {
  function csrfHeaders() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = { "Content-Type": "application/x-www-form-urlencoded", "HX-Request": "true" };
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  // Says in the panel that a move did not reach the server (it is down, the connection broke): the
  // page's own words, from the panel's data-move-failed, so that the drag does not end in silence.
  function showMoveFailed() {
    var panel = document.getElementById("panel");
    var section = document.createElement("section");
    section.className = "panel move-failed";
    var error = document.createElement("p");
    error.className = "error";
    error.setAttribute("role", "alert");
    error.textContent = panel.dataset.moveFailed;
    section.appendChild(error);
    panel.replaceChildren(section);
  }

  // Posts a move; on success the server answers with HX-Redirect, on refusal with the panel saying why,
  // and when the request itself is refused (no access, not found, an error) with a whole page, shown as such.
  // onRefused runs when the move did not happen and the page stays: refused, or the request failed.
  function move(url, values, onRefused) {
    fetch(url, { method: "POST", headers: csrfHeaders(), body: new URLSearchParams(values), credentials: "same-origin" })
      .then(function (response) {
        return response.text().then(function (html) {
          return { response: response, html: html };
        });
      })
      .then(function (answer) {
        var response = answer.response;
        var target = response.headers.get("HX-Redirect");
        if (target) {
          window.location.assign(target);
          return;
        }
        if (window.kairosShowsRefusedPage(response.status, response.headers.get("Content-Type"), answer.html)) {
          return;
        }
        document.getElementById("panel").innerHTML = answer.html;
        htmx.process(document.getElementById("panel"));
        onRefused();
      }, function () {
        showMoveFailed();
        onRefused();
      });
  }

  // While a move's answer is pending the calendar takes no other move: marked busy until it is refused
  // or fails (a move that succeeds leaves the page).
  function busy(el, pending) {
    el.classList.toggle("moving", pending);
    if (pending) {
      el.setAttribute("aria-busy", "true");
    } else {
      el.removeAttribute("aria-busy");
    }
  }

  function dayGrid(grid) {
    var dragged = null;
    var pending = false;
    grid.addEventListener("dragstart", function (event) {
      var appt = event.target.closest(".appt");
      if (appt && pending) {
        event.preventDefault();
      } else if (appt) {
        dragged = appt.dataset.id;
        event.dataTransfer.setData("text/plain", dragged);
        event.dataTransfer.effectAllowed = "move";
      }
    });
    grid.addEventListener("dragover", function (event) {
      if (dragged && event.target.closest(".slot")) {
        event.preventDefault();
      }
    });
    grid.addEventListener("drop", function (event) {
      var slot = event.target.closest(".slot");
      if (!slot || !dragged || pending) {
        return;
      }
      event.preventDefault();
      pending = true;
      busy(grid, true);
      move(grid.dataset.moveUrl + dragged + "/move",
        { date: grid.dataset.date, time: slot.dataset.time, staff_id: slot.dataset.staffId, view: "day" },
        function () {
          pending = false;
          busy(grid, false);
        });
      dragged = null;
    });
  }

  function pad(n) {
    return (n < 10 ? "0" : "") + n;
  }

  // FullCalendar runs in UTC so that the location's wall-clock times show as they are, whatever the browser's zone.
  function wall(date) {
    return {
      date: date.getUTCFullYear() + "-" + pad(date.getUTCMonth() + 1) + "-" + pad(date.getUTCDate()),
      time: pad(date.getUTCHours()) + ":" + pad(date.getUTCMinutes())
    };
  }

  function week(el) {
    var editable = el.dataset.editable === "true";
    var pending = false;
    var calendar = new FullCalendar.Calendar(el, {
      initialView: "timeGridWeek",
      initialDate: el.dataset.date,
      timeZone: "UTC",
      // Day names and dates in the page's language (Intl); the toolbar is hidden, so no button text.
      locale: document.documentElement.lang || "en",
      firstDay: 1,
      headerToolbar: false,
      allDaySlot: false,
      nowIndicator: false,
      slotMinTime: "07:00:00",
      slotMaxTime: "22:00:00",
      slotDuration: "00:15:00",
      slotLabelInterval: "01:00",
      slotLabelFormat: { hour: "2-digit", minute: "2-digit", hour12: false },
      eventTimeFormat: { hour: "2-digit", minute: "2-digit", hour12: false },
      dayHeaderFormat: { weekday: "short", day: "numeric", month: "short" },
      height: "auto",
      editable: editable,
      eventDurationEditable: false,
      selectable: editable,
      events: el.dataset.events,
      eventClick: function (info) {
        htmx.ajax("GET", el.dataset.panelUrl + info.event.id + "?view=week", { target: "#panel" });
      },
      // Durations are not editable (no eventResize): a drop is the only move. While its answer is
      // pending, editing is off; a drop that got through all the same is put back.
      eventDrop: function (info) {
        if (pending) {
          info.revert();
          return;
        }
        pending = true;
        calendar.setOption("editable", false);
        busy(el, true);
        var at = wall(info.event.start);
        move(el.dataset.panelUrl + info.event.id + "/move",
          { date: at.date, time: at.time, staff_id: el.dataset.staffId, view: "week" },
          function () {
            info.revert();
            pending = false;
            calendar.setOption("editable", editable);
            busy(el, false);
          });
      },
      select: function (info) {
        var at = wall(info.start);
        htmx.ajax("GET", el.dataset.newUrl + "?view=week&staff_id=" + el.dataset.staffId + "&start=" + at.date + "T" + at.time,
          { target: "#panel" });
        calendar.unselect();
      }
    });
    calendar.render();
  }

  document.addEventListener("DOMContentLoaded", function () {
    var grid = document.querySelector(".day-grid");
    if (grid) {
      dayGrid(grid);
    }
    var el = document.getElementById("week");
    if (el) {
      week(el);
    }
  });
})();
