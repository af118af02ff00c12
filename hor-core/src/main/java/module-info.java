/**
 * hor core: the domain model, the dataset format (reading, writing, validation) and the plugin SPI
 * contracts.
 */
module org.hor.core {
    requires transitive tools.jackson.databind;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires org.slf4j;

    exports org.hor.core.model;
    exports org.hor.core.spi;
    exports org.hor.core.io;
    exports org.hor.core.validation;
    exports org.hor.core.validation.constraints;
    exports org.hor.core.sample;
    exports org.hor.core.privacy;
    // the columnar deliveries, read directly by the engine's index; no API
    exports org.hor.core.io.internal to org.hor.indicators;

    opens org.hor.core.model to org.hibernate.validator;
    opens org.hor.core.validation.internal to org.hibernate.validator;
}
