package org.openprov.vendor.grandstream.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The parameter numbers of one SIP account. Account 1 has its own numbers; accounts 2 to 6 share
 * one pattern at bases 400, 500, 600, 1700 and 1800 (account 2: P401 active, P402 SIP server,
 * P404 user ...). Sources: the GXP17xx configuration template (firmware 1.0.1.133) for accounts
 * 1 to 4, the GXP21xx template [T21] for accounts 5 and 6 ("Account 5 - GXP2160/2170 only":
 * P1701, P1702, ... P1748 transport; account 6: P1851 to P1858 vocoders), and the GXP16xx
 * template [T16], which agrees for accounts 1 to 3.
 *
 * <p>Accounts 7 and 8 of the GXP2135 are not in any template at hand, so {@link #of} has none.
 *
 * @param active Account Active, 0 or 1
 * @param name Account Name, the label on the phone
 * @param server SIP Server, {@code host:port}
 * @param outboundProxy Outbound Proxy
 * @param user SIP User ID
 * @param authId Authenticate ID
 * @param password Authenticate Password
 * @param displayName Name, the caller name sent to others
 * @param voicemail Voice Mail Access Number (Voice Mail UserID from account 2 on)
 * @param expiry Register Expiration, minutes
 * @param transport SIP Transport, 0 UDP, 1 TCP, 2 TLS/TCP
 * @param vocoders Preferred Vocoder, choices 1 to 8
 */
record AccountParameters(int active, int name, int server, int outboundProxy, int user,
        int authId, int password, int displayName, int voicemail, int expiry, int transport,
        List<Integer> vocoders) {

    /** The accounts whose numbers are known. */
    static final int MAX_ACCOUNT = 6;

    private static final int[] BASES = {0, 0, 400, 500, 600, 1700, 1800};

    /** Account 1: P271, P270, P47, P48, P35, P36, P34, P3, P33, P32, P130, vocoders. */
    private static final AccountParameters FIRST = new AccountParameters(271, 270, 47, 48, 35,
            36, 34, 3, 33, 32, 130, List.of(57, 58, 59, 60, 61, 62, 46, 98));

    /**
     * @param account an account number, from 1
     * @return its parameter numbers, if known
     */
    static Optional<AccountParameters> of(int account) {
        if (account < 1 || account > MAX_ACCOUNT) {
            return Optional.empty();
        }
        return Optional.of(account == 1 ? FIRST : shared(BASES[account]));
    }

    private static AccountParameters shared(int base) {
        return new AccountParameters(base + 1, base + 17, base + 2, base + 3, base + 4, base + 5,
                base + 6, base + 7, base + 26, base + 12, base + 48,
                IntStream.rangeClosed(51, 58).mapToObj(n -> base + n).toList());
    }
}
