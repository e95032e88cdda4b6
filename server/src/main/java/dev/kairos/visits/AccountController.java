package dev.kairos.visits;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.refusal.Validation;
import dev.kairos.web.ApiException;
import dev.kairos.web.Envelope;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cash registers and accounts: Altegio's {@code /accounts/{location_id}} and the canonical
 * {@code /locations/{location_id}/accounts[/{id}]}. Reading needs {@code VIEW_RECORDS}, changing
 * {@code MANAGE_SETTINGS}; deleting is soft.
 */
@RestController
@RequestMapping("/api/v1")
class AccountController {

    private final CashRegisters registers;
    private final Access access;
    private final ActivityLog activity;

    AccountController(CashRegisters registers, Access access, ActivityLog activity) {
        this.registers = registers;
        this.access = access;
        this.activity = activity;
    }

    /** {@code {title, type (1 cash, 2 non-cash), comment}}; absent fields keep their value on update. */
    record AccountBody(String title, Integer type, String comment) {}

    @GetMapping({"/accounts/{cid}", "/locations/{cid}/accounts"})
    Envelope<List<FinanceTransaction.CashAccount>> list(Caller caller, @PathVariable long cid) {
        access.require(caller, cid, Right.SEE_FINANCES);
        List<FinanceTransaction.CashAccount> all =
                registers.atLocation(cid).stream().map(Account::wire).toList();
        return Envelope.counted(all, all.size());
    }

    @GetMapping("/locations/{cid}/accounts/{id}")
    Envelope<FinanceTransaction.CashAccount> get(Caller caller, @PathVariable long cid, @PathVariable long id) {
        access.require(caller, cid, Right.SEE_FINANCES);
        return Envelope.of(find(cid, id).wire());
    }

    @PostMapping({"/accounts/{cid}", "/locations/{cid}/accounts"})
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Envelope<FinanceTransaction.CashAccount> create(
            Caller caller, @PathVariable long cid, @RequestBody AccountBody body) {
        access.require(caller, cid, Right.MANAGE_SETTINGS);
        Account wanted = validated(body, new Account(0, cid, null, true, ""));
        long id = registers.insert(cid, wanted.title(), wanted.cash(), wanted.comment());
        activity.record(cid, caller, "created", "account", id, Map.of("title", wanted.title(), "type", wanted.type()));
        return Envelope.of(find(cid, id).wire());
    }

    @PutMapping("/locations/{cid}/accounts/{id}")
    @Transactional
    Envelope<FinanceTransaction.CashAccount> update(
            Caller caller, @PathVariable long cid, @PathVariable long id, @RequestBody AccountBody body) {
        access.require(caller, cid, Right.MANAGE_SETTINGS);
        Account wanted = validated(body, find(cid, id));
        registers.update(id, wanted.title(), wanted.cash(), wanted.comment());
        activity.record(cid, caller, "updated", "account", id, Map.of("title", wanted.title(), "type", wanted.type()));
        return Envelope.of(find(cid, id).wire());
    }

    @DeleteMapping("/locations/{cid}/accounts/{id}")
    @Transactional
    ResponseEntity<Void> delete(Caller caller, @PathVariable long cid, @PathVariable long id) {
        access.require(caller, cid, Right.MANAGE_SETTINGS);
        Account current = find(cid, id);
        registers.delete(id);
        activity.record(cid, caller, "deleted", "account", id, Map.of("title", current.title()));
        return ResponseEntity.noContent().build();
    }

    private Account find(long cid, long id) {
        return registers.find(cid, id).orElseThrow(() -> ApiException.notFound("Account"));
    }

    /** The account as {@code body} changes {@code current}; 422 naming every bad field. */
    private static Account validated(AccountBody body, Account current) {
        if (body == null) {
            throw ApiException.badRequest("A JSON body is required");
        }
        String title = body.title() == null ? current.title() : body.title().strip();
        String comment =
                body.comment() == null ? current.comment() : body.comment().strip();
        new Validation()
                .required(title, "title")
                .check(title == null || title.length() <= 200, "title", "is longer than 200 characters")
                .check(
                        body.type() == null || body.type() == Account.CASH || body.type() == Account.NON_CASH,
                        "type",
                        "must be 1 (cash) or 2 (non-cash)")
                .check(comment.length() <= 1000, "comment", "is longer than 1000 characters")
                .orThrow();
        boolean cash = body.type() == null ? current.cash() : body.type() == Account.CASH;
        return new Account(current.id(), current.locationId(), title, cash, comment);
    }
}
