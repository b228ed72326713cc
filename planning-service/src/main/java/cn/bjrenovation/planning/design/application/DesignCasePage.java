package cn.bjrenovation.planning.design.application;

import java.util.List;

import cn.bjrenovation.planning.design.domain.DesignCase;

/** One page of design cases; {@code nextPageToken} is null on the last page. */
public record DesignCasePage(List<DesignCase> cases, String nextPageToken) {
}
