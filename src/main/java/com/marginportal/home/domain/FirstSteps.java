package com.marginportal.home.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What a new installation still lacks before the portal watches anyone's margin, in the order to do it: branches
 * (clients, staff and cases belong to one), the staff who work the cases (an enabled advisor and branch manager),
 * the clients with their credit accounts, and their positions, prices and balances, shown done once a risk scan
 * has valued an account. An installation with everything in place has none left; the demo has none.
 *
 * @param openBranches     branches not closed
 * @param advisors         enabled advisor accounts
 * @param managers         enabled branch-manager accounts
 * @param clients          clients on file
 * @param accountsValued   accounts the last risk scan valued (0 when none ran)
 */
public record FirstSteps(long openBranches, long advisors, long managers, long clients, long accountsValued) {

    /** One step, with the route where it is done. */
    public enum Step {
        BRANCHES("admin/branches"), STAFF("admin/users"), CLIENTS("admin/imports?kind=clients"),
        VALUATION("admin/imports?kind=securities"); // the first of the four files the valuation needs

        private final String route;

        Step(String route) {
            this.route = route;
        }

        public String route() {
            return route;
        }
    }

    public boolean done(Step step) {
        return switch (step) {
            case BRANCHES -> openBranches > 0;
            case STAFF -> advisors > 0 && managers > 0;
            case CLIENTS -> clients > 0;
            case VALUATION -> accountsValued > 0;
        };
    }

    public List<Step> left() {
        List<Step> left = new ArrayList<>();
        for (Step step : Step.values()) {
            if (!done(step)) {
                left.add(step);
            }
        }
        return List.copyOf(left);
    }
}
