/**
 * hor core: the domain model, the dataset format (reading, writing, validation) and the plugin SPI
 * contracts.
 */
module org.hor.core {
    requires transitive tools.jackson.databind;
    requires transitive jakarta.validation;
    requires static transitive org.jspecify;
    requires org.hibernate.validator;
    requires org.slf4j;

    exports org.hor.core.model;
    exports org.hor.core.spi;
    exports org.hor.core.io;
    exports org.hor.core.validation;
    exports org.hor.core.validation.constraints;
    exports org.hor.core.sample;
    exports org.hor.core.merge;
    exports org.hor.core.privacy;
    // the columnar deliveries, read directly by the engine's index; internal, no API
    exports org.hor.core.internal.columns to
            org.hor.indicators;

    // the validators of the constraints in org.hor.core.validation.constraints: found by Hibernate
    // Validator as services, so that the annotations do not name their implementation (no package cycle)
    provides jakarta.validation.ConstraintValidator with
            org.hor.core.validation.internal.AmountValidator,
            org.hor.core.validation.internal.ChallengeRuleIdValidator,
            org.hor.core.validation.internal.DistinctSiteIdsValidator,
            org.hor.core.validation.internal.FormatVersionValidator,
            org.hor.core.validation.internal.HorIdValidator,
            org.hor.core.validation.internal.HorNumberValidator,
            org.hor.core.validation.internal.HorTextValidator,
            org.hor.core.validation.internal.HostAmongSitesValidator,
            org.hor.core.validation.internal.MeasureIdValidator,
            org.hor.core.validation.internal.PeriodCodeValidator,
            org.hor.core.validation.internal.RequiredValidator,
            org.hor.core.validation.internal.StateCodeValidator;

    opens org.hor.core.model to
            org.hibernate.validator;
    opens org.hor.core.validation.internal to
            org.hibernate.validator;
}
