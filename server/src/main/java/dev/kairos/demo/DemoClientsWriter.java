package dev.kairos.demo;

import dev.kairos.clients.ClientWriter;
import dev.kairos.demo.DemoSites.Site;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Writes the clients of a demo location: local names and mobile numbers valid in its region. */
@Component
class DemoClientsWriter {

    static final int PER_LOCATION = 40;

    private final Rows rows;
    private final ClientWriter writer;

    DemoClientsWriter(Rows rows, ClientWriter writer) {
        this.rows = rows;
        this.writer = writer;
    }

    List<Long> clients(long chainId, long locationId, Site site, Random random) {
        List<Long> ids = rows.nextIds("clients", PER_LOCATION);
        Set<String> phones = new HashSet<>();
        List<ClientWriter.Row> clients = new ArrayList<>();
        for (long id : ids) {
            String name = site.firstNames().get(random.nextInt(site.firstNames().size()));
            String surname = site.surnames().get(random.nextInt(site.surnames().size()));
            String phone;
            do {
                phone = site.mobilePrefix() + digits(random, site.mobileDigits());
            } while (!phones.add(phone));
            String email =
                    random.nextInt(4) == 0 ? "" : ascii(name + "." + surname).toLowerCase() + id + "@example.com";
            LocalDate birthDate = random.nextInt(3) == 0
                    ? null
                    : LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28));
            clients.add(new ClientWriter.Row(
                    id,
                    chainId,
                    locationId,
                    name,
                    surname,
                    phone,
                    email,
                    (short) (1 + random.nextInt(2)),
                    (short) random.nextInt(4),
                    birthDate));
        }
        writer.insertAll(clients);
        return ids;
    }

    private static String digits(Random random, int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text.replace("ü", "ue").replace("ö", "oe").replace("ä", "ae"), Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z.]", "");
    }
}
