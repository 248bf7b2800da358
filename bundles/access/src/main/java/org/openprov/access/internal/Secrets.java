package org.openprov.access.internal;

import java.security.SecureRandom;

/**
 * Makes passwords and tokens: letters and digits only, since vendors put them in URLs
 * ({@code https://user:pass@host/}) and in files with their own escaping rules.
 */
final class Secrets {

    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    /** 20 of 62 signs: about 119 bits. */
    static final int PASSWORD_LENGTH = 20;
    /** 32 of 62 signs: about 190 bits. */
    static final int TOKEN_LENGTH = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /**
     * @param length how many signs
     * @return a random text of letters and digits
     */
    static String make(int length) {
        char[] text = new char[length];
        for (int i = 0; i < length; i++) {
            text[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(text);
    }
}
