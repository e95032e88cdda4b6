package dev.kairos.auth;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.kairos.web.NoData;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's frame: its title, the two ways a caller proves who it is, and the
 * {@link NoData} of the answers that carry none. The resolved {@link Caller} is a controller
 * argument, not a request parameter, so the document leaves it out. Schemas name their properties
 * as the wire does, in snake_case.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

    static final String PARTNER = "partner";
    static final String PARTNER_AND_USER = "partner_and_user";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    OpenAPI kairosApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Kairos API")
                        .version("v1")
                        .description("Appointment scheduling in the Altegio v1 wire format: every answer is the"
                                + " envelope {success, data, meta}; a refusal carries meta.message and an"
                                + " Altegio error code."))
                .components(new Components()
                        .addSchemas(NoData.class.getSimpleName(), NoData.schema())
                        .addSecuritySchemes(
                                PARTNER,
                                scheme("Bearer <partner_token>: enough for online booking (book_*), auth and"
                                        + " the booking form."))
                        .addSecuritySchemes(
                                PARTNER_AND_USER,
                                scheme("Bearer <partner_token>, User <user_token>: the user token comes from"
                                        + " POST /api/v1/auth; needed for the back-office methods.")))
                .addSecurityItem(new SecurityRequirement().addList(PARTNER_AND_USER))
                .addSecurityItem(new SecurityRequirement().addList(PARTNER));
    }

    /**
     * swagger-core reads the models with its own Jackson 2 mapper, which knows nothing of {@code
     * spring.jackson.property-naming-strategy}; the same strategy here makes every schema's property
     * names the wire's. Springdoc swaps it in for its default resolver (same class).
     */
    @Bean
    ModelResolver snakeCaseModels() {
        // swagger-core's own mapper, not springdoc's provider bean: that bean exists only in a web
        // application, and a setup run or a worker without the web layer must start too.
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }

    /**
     * Altegio sends both tokens in one {@code Authorization} header, which no standard HTTP scheme
     * describes; an API key in that header, with its format spelled out, is what clients can use.
     */
    private static SecurityScheme scheme(String format) {
        return new SecurityScheme()
                .type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER)
                .name("Authorization")
                .description(format);
    }
}
