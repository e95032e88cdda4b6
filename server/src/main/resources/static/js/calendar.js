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

  // Posts a move; on success the server answers with HX-Redirect, on refusal with the panel saying why,
  // and when the request itself is refused (no access, not found, an error) with a whole page, shown as such.
  function move(url, values, onRefused) {
    return fetch(url, { method: "POST", headers: csrfHeaders(), body: new URLSearchParams(values), credentials: "same-origin" })
      .then(function (response) {
        var target = response.headers.get("HX-Redirect");
        if (target) {
          window.location.assign(target);
          return;
        }
        return response.text().then(function (html) {
          if (window.kairosShowsRefusedPage(response.status, response.headers.get("Content-Type"), html)) {
            return;
          }
          document.getElementById("panel").innerHTML = html;
          htmx.process(document.getElementById("panel"));
          if (onRefused) {
            onRefused();
          }
        });
      });
  }

  function dayGrid(grid) {
    var dragged = null;
    grid.addEventListener("dragstart", function (event) {
      var appt = event.target.closest(".appt");
      if (appt) {
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
      if (!slot || !dragged) {
        return;
      }
      event.preventDefault();
      move(grid.dataset.moveUrl + dragged + "/move",
        { date: grid.dataset.date, time: slot.dataset.time, staff_id: slot.dataset.staffId, view: "day" });
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
      eventDrop: function (info) {
        var at = wall(info.event.start);
        move(el.dataset.panelUrl + info.event.id + "/move",
          { date: at.date, time: at.time, staff_id: el.dataset.staffId, view: "week" }, info.revert);
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
