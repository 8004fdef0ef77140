package uz.daftar.platform.web;

/**
 * A request path whose bodies may be larger than {@code daftar.web.max-body-bytes}: a bean of this type raises the
 * limit for exactly that path (a receipt carries up to a checkpoint interval of proof links, for instance). A
 * {@code *} in the path stands for one path segment ({@code /api/v1/students/*}{@code /reading-attempts}).
 */
public record BodyAllowance(String path, long maxBytes) {
}
