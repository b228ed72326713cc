package cn.bjrenovation.housing.publicboard.domain;

import java.time.LocalDate;

import cn.bjrenovation.housing.project.domain.ProjectStatus;

/** The day (Beijing time) a published project last reached a published state: planned, started, completed … */
public record Milestone(ProjectStatus reached, LocalDate on) {
}
