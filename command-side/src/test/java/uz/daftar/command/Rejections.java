package uz.daftar.command;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Hamcrest matchers for the {@link CommandRejected} a fixture expects. */
public final class Rejections {

    private Rejections() {
    }

    /** A rejection with this HTTP status and problem code. */
    public static Matcher<CommandRejected> rejectedWith(int status, String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(CommandRejected rejected) {
                return rejected.status() == status && code.equals(rejected.code());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rejection with status ").appendValue(status).appendText(" and code ")
                           .appendValue(code);
            }

            @Override
            protected void describeMismatchSafely(CommandRejected rejected, Description mismatch) {
                mismatch.appendText("was rejected with status ").appendValue(rejected.status())
                        .appendText(" and code ").appendValue(rejected.code());
            }
        };
    }
}
