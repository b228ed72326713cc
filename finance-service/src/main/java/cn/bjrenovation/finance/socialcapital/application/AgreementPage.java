package cn.bjrenovation.finance.socialcapital.application;

import java.util.List;

import cn.bjrenovation.finance.socialcapital.domain.Agreement;

/** One page of social-capital agreements; {@code nextPageToken} is null on the last page. */
public record AgreementPage(List<Agreement> agreements, String nextPageToken) {
}
