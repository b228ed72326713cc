package cn.bjrenovation.housing.community.domain;

import java.util.List;

/** A page of results and where the next one starts (null after the last page). */
public record Page<T>(List<T> items, PageRequest.Cursor next) {
}
