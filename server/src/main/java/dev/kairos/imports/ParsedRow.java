package dev.kairos.imports;

import dev.kairos.appointments.AppointmentStatus;
import dev.kairos.clients.PhoneNumber;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/** A valid row, ready to be written. {@code register} and {@code paid} are both null or both set. */
record ParsedRow(
        int row,
        long member,
        PhoneNumber phone,
        String clientName,
        Instant start,
        Instant end,
        AppointmentStatus status,
        boolean clientConfirmed,
        String comment,
        List<ImportedAppointments.Line> lines,
        Long register,
        BigDecimal paid) {

    /** The same appointment gives the same fingerprint, whichever file or row it comes from. */
    String fingerprint() {
        StringBuilder text = new StringBuilder()
                .append(member)
                .append('|')
                .append(start)
                .append('|')
                .append(end)
                .append('|')
                .append(phone.e164())
                .append('|')
                .append(status)
                .append('|')
                .append(clientConfirmed)
                .append('|')
                .append(comment);
        lines.forEach(l -> text.append('|')
                .append(l.serviceId())
                .append(':')
                .append(l.firstCost().toPlainString())
                .append(':')
                .append(l.discount().toPlainString()));
        text.append('|').append(register).append('|').append(paid == null ? "" : paid.toPlainString());
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean holdsTime() {
        return AppointmentStatus.HOLDING.contains(status);
    }

    BigDecimal cost() {
        return lines.stream().map(ImportedAppointments.Line::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
