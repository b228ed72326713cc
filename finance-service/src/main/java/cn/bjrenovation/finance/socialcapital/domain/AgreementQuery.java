package cn.bjrenovation.finance.socialcapital.domain;

import java.util.UUID;

/**
 * Which social-capital agreements to list, one page of them in id order.
 *
 * @param projectId null for any
 * @param party a part of the party's name (any case), null for any
 * @param districtCode the district of the agreement's project, null for any
 * @param after the last agreement of the previous page, null for the first page
 * @param limit how many agreements at most
 */
public record AgreementQuery(UUID projectId, String party, String districtCode, UUID after, int limit) {
}
