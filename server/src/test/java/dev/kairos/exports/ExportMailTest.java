package dev.kairos.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Whether the exports page may promise an email: only with an SMTP host configured. */
class ExportMailTest {

    private static ExportMail mail(String host) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", new JavaMailSenderImpl());
        StandardEnvironment environment = new StandardEnvironment();
        if (host != null) {
            environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("spring.mail.host", host)));
        }
        return new ExportMail(beans.getBeanProvider(JavaMailSender.class), environment);
    }

    @Test
    void withoutAnSmtpHostNoEmailIsPromised() {
        assertThat(mail(null).configured()).isFalse();
        assertThat(mail(" ").configured()).isFalse();
    }

    @Test
    void withAnSmtpHostTheLinkIsEmailed() {
        assertThat(mail("smtp.example.com").configured()).isTrue();
    }
}
