package dev.kairos.notifications;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sending job on db-scheduler: every {@code kairos.notifications.send-interval} one node (any
 * of them) sends what is due, appointment messages and waitlist offers. The rows are claimed on their own as well, so even two runs at once
 * would send each message once.
 */
@Configuration
class NotificationJob {

    static final String TASK = "notifications-send";

    @Bean
    RecurringTask<Void> notificationSending(
            NotificationSender sender,
            OfferSender offers,
            @Value("${kairos.notifications.send-interval:5s}") Duration interval) {
        return Tasks.recurring(TASK, FixedDelay.of(interval)).execute((instance, context) -> {
            sender.sendDue();
            offers.sendDue();
        });
    }
}
