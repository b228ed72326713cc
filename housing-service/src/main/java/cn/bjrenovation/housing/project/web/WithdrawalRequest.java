package cn.bjrenovation.housing.project.web;

import java.util.List;

/** {@code POST …/withdrawal}: {@code {"reasons":["业主意见变化"]}}, at least one reason. */
record WithdrawalRequest(List<String> reasons) {
}
