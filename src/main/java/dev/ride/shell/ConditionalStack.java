package dev.ride.shell;

import dev.ride.sql.StatementSplitter;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * psql's {@code \if} / {@code \elif} / {@code \else} / {@code \endif} (conditional.c and
 * command.c): a stack of branch states, one stack per input source. In an inactive branch
 * meta-commands are parsed but not run, statements are not sent and variables are not
 * interpolated; statement text typed in a skipped branch is dropped when the branch ends.
 */
final class ConditionalStack {

    /** psql's ifState. */
    enum State {
        /** The branch runs. */
        TRUE,
        /** Skipped, and no branch of this block has run yet. */
        FALSE,
        /** Skipped: an earlier branch ran, or the whole block is inside a skipped branch. */
        IGNORED,
        /** The {@code \else} branch, running. */
        ELSE_TRUE,
        /** The {@code \else} branch, skipped. */
        ELSE_FALSE
    }

    private record Entry(State state, StatementSplitter.Mark saved) {
    }

    private final Deque<Entry> stack = new ArrayDeque<>();

    /** True outside any block and in a running branch. */
    boolean active() {
        State top = peek();
        return top == null || top == State.TRUE || top == State.ELSE_TRUE;
    }

    boolean isEmpty() {
        return stack.isEmpty();
    }

    /** The innermost block's state, or null outside any block. */
    State peek() {
        return stack.isEmpty() ? null : stack.peek().state();
    }

    void push(State state, StatementSplitter.Mark saved) {
        stack.push(new Entry(state, saved));
    }

    /** Changes the innermost block's state. */
    void poke(State state) {
        Entry top = stack.pop();
        stack.push(new Entry(state, top.saved()));
    }

    /** Remembers the statement text as it is now, to be kept when a later branch is skipped. */
    void save(StatementSplitter.Mark saved) {
        Entry top = stack.pop();
        stack.push(new Entry(top.state(), saved));
    }

    /** The statement text as it was when the innermost block began (or its running branch ended). */
    StatementSplitter.Mark saved() {
        return stack.peek().saved();
    }

    void pop() {
        stack.pop();
    }
}
