package org.openprov.endpoint.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the uploads of Poly phones, pid {@value UploadStore#PID}. */
@ObjectClassDefinition(name = "OpenProv phone uploads",
        description = "Where the files Poly phones upload (logs, settings changed on the phone,"
                + " contacts, call lists) are kept, and how much of them")
@interface UploadConfig {

    @AttributeDefinition(description = "Folder of the uploads; empty for"
            + " ${karaf.data}/openprov/uploads")
    String root() default "";

    @AttributeDefinition(description = "Largest file accepted, in bytes; a larger upload is"
            + " refused with 413", min = "1")
    long maxFileBytes() default 1024 * 1024;

    @AttributeDefinition(description = "Most bytes kept per phone, all kinds together; past it"
            + " the phone's oldest uploads are deleted", min = "1")
    long maxDeviceBytes() default 8 * 1024 * 1024;

    @AttributeDefinition(description = "Uploads kept per phone and kind, the newest", min = "1")
    int keepPerKind() default 5;
}
