package dev.kairos.bookingpage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code <script src=".../book/12/embed.js" async>} on any site: puts the location's booking page in
 * an iframe right after the script tag and keeps it as tall as its content.
 */
@Controller
class EmbedScript {

    private final PageContext pages;
    private final String script;

    EmbedScript(PageContext pages) {
        this.pages = pages;
        try {
            this.script = new ClassPathResource("booking/embed.js").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/book/{locationId}/embed.js")
    ResponseEntity<String> script(@PathVariable long locationId) {
        pages.location(locationId);
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("text/javascript;charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
                .body(script);
    }
}
