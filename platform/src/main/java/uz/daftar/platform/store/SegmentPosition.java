package uz.daftar.platform.store;

/**
 * One segment of a processor in the token store.
 *
 * @param owner     the node holding the segment's claim ({@code <app>@<pid>@<host>}), null when unclaimed
 * @param position  the segment's watermark: every event at or below it is handled; -1 for none
 * @param replaying the segment's token is a replay token (the processor was reset and has not passed the old head)
 */
public record SegmentPosition(int segment, String owner, long position, boolean replaying) {
}
