package uz.daftar.query.timeline;

import uz.daftar.projections.timeline.TimelineKey;
import uz.daftar.query.dashboard.DashboardFigure;

/**
 * Why a number on a student's dashboard is what it is: the figure's value and a page of at most {@code limit} of the
 * entries that add up to it, newest first, after {@code before} (null for the newest).
 */
public record FindExplanationQuery(String studentId, DashboardFigure figure, TimelineKey before, int limit) {
}
