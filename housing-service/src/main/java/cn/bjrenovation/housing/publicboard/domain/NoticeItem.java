package cn.bjrenovation.housing.publicboard.domain;

import cn.bjrenovation.housing.project.domain.ItemClass;

/**
 * One renovation item of a published project's approved design, as the catalogue names it (A1-6/7/8): no quantity, no
 * money.
 *
 * @param itemClass null when planning named none
 */
public record NoticeItem(String code, String name, ItemClass itemClass) {
}
