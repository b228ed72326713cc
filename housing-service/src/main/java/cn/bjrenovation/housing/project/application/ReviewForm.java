package cn.bjrenovation.housing.project.application;

import java.util.List;

/** A review or decision as entered: {@code {"decision":"ACCEPT","reasons":[]}}; checked by the use case. */
public record ReviewForm(String decision, List<String> reasons) {
}
