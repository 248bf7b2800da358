package org.openprov.api.generator;

/** Whether a requested file belongs to one device or is shared by all phones of a kind. */
public enum FileKind {
    /** Shared by every phone of a vendor or family; carries no MAC and never a secret. */
    COMMON,
    /** One device's own file; served only to a registered device. */
    DEVICE
}
