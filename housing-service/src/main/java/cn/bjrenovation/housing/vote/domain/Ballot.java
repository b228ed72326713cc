package cn.bjrenovation.housing.vote.domain;

import java.math.BigDecimal;

/**
 * One owner's ballot: their unit (专有部分, e.g. {@code 3-2-401}: building, entrance, flat), its exclusive floor area in
 * m², and the choice.
 */
public record Ballot(String unit, BigDecimal area, BallotChoice choice) {
}
