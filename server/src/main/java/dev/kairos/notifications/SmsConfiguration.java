package dev.kairos.notifications;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SMS gateway: HTTP when {@code kairos.sms.url} is set ({@code KAIROS_SMS_*}), else the logging one. */
@Configuration
class SmsConfiguration {

    /** The body sent when none is configured: JSON with the number and the message. */
    static final String DEFAULT_BODY = "{\"to\":\"{{to}}\",\"text\":\"{{text}}\"}";

    @Bean
    SmsGateway smsGateway(
            @Value("${kairos.sms.url:}") String url,
            @Value("${kairos.sms.method:POST}") String method,
            @Value("${kairos.sms.header:}") String header,
            @Value("${kairos.sms.content-type:application/json}") String contentType,
            @Value("${kairos.sms.body:}") String body,
            @Value("${kairos.sms.from:Kairos}") String from) {
        if (url.isBlank()) {
            return new LoggingSmsGateway();
        }
        String template = body.isBlank() && !method.equalsIgnoreCase("GET") ? DEFAULT_BODY : body;
        return new HttpSmsGateway(new HttpSmsGateway.Settings(url, method, header, contentType, template, from));
    }
}
