package dev.ride.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResetTemplateTest {

    @Test
    void namesTheTemplateOfADatabaseWithRidesPrefix() {
        assertThat(ResetTemplate.nameFor("tenant_a")).isEqualTo("ride_template_tenant_a");
        assertThat(ResetTemplate.isTemplateName("ride_template_tenant_a")).isTrue();
        assertThat(ResetTemplate.isTemplateName("tenant_a")).isFalse();
    }

    @Test
    void theCommentNamesTheStateAndMarksTheTemplateAsRides() {
        String comment = ResetTemplate.comment("tenant_a", "abc123");

        assertThat(comment).isEqualTo("ride: pristine copy of tenant_a for :reset (state abc123)");
        assertThat(ResetTemplate.isRides(comment)).isTrue();
        assertThat(ResetTemplate.isRides("")).as("a template without a comment is someone else's").isFalse();
        assertThat(ResetTemplate.isRides(null)).as("no template at all").isFalse();
    }
}
