package uz.daftar.command.web;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uz.daftar.command.CommandRejected;
import uz.daftar.command.learner.ConfirmSpeechConsentCommand;
import uz.daftar.command.learner.LearnerRegistry;
import uz.daftar.command.outside.OutsideCalls;
import uz.daftar.command.outside.OutsideFeature;
import uz.daftar.command.reading.AudioStore;
import uz.daftar.command.reading.ReadingLanguage;
import uz.daftar.command.reading.ReadingRegistry;
import uz.daftar.command.reading.ReadingScores;
import uz.daftar.command.reading.ScoreReadingCommand;
import uz.daftar.command.reading.SubmitReadingAttemptCommand;
import uz.daftar.command.reading.WavAudio;
import uz.daftar.events.reading.ReadingAssessor;
import uz.daftar.events.reading.ReadingWord;
import uz.daftar.platform.security.Caller;
import uz.daftar.platform.security.Role;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/**
 * Reading aloud: the upload of an attempt (multipart: {@code audio} as 16 kHz mono PCM WAV, {@code text},
 * {@code language}, {@code assessor} AZURE or TEACHER, optional {@code attemptId}) and a teacher's score by hand.
 * Nothing is stored or appended without the student's speech consent; an upload for the speech service is refused
 * with 503 while the service is unavailable, one for a teacher is always taken (docs/decisions/0017).
 */
@RestController
class ReadingController {

    static final int MAX_TEXT = 2000;

    private final CommandGateway commands;
    private final IdempotentCommands idempotent;
    private final LearnerRegistry learners;
    private final ReadingRegistry readings;
    private final AudioStore audio;
    private final OutsideCalls outside;
    private final long maxAudioBytes;
    private final Clock clock;

    ReadingController(CommandGateway commands, IdempotentCommands idempotent, LearnerRegistry learners,
                      ReadingRegistry readings, AudioStore audio, OutsideCalls outside,
                      @Value("${daftar.reading.max-audio-bytes:10485760}") long maxAudioBytes, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.learners = learners;
        this.readings = readings;
        this.audio = audio;
        this.outside = outside;
        this.maxAudioBytes = maxAudioBytes;
        this.clock = clock;
    }

    /** The student themself, a teacher of the student's class or an admin uploads a reading. */
    @PostMapping(path = "/api/v1/students/{studentId}/reading-attempts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    CommandAccepted submit(@PathVariable String studentId, @RequestHeader(Requests.IDEMPOTENCY_KEY) String key,
                           @RequestPart("audio") MultipartFile upload, @RequestParam("text") String text,
                           @RequestParam("language") String language,
                           @RequestParam(name = "assessor", defaultValue = "AZURE") String assessor,
                           @RequestParam(name = "attemptId", required = false) String attemptId,
                           Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (!caller.isStudent(studentId) && !caller.has(Role.ADMIN)
                && !(caller.has(Role.TEACHER) && learners.teachesStudent(caller.subject(), studentId))) {
            throw new AccessDeniedException("Only the student, a teacher of their class or an admin uploads a reading.");
        }
        ReadingLanguage readingLanguage = ReadingLanguage.of(language).orElseThrow(() -> CommandRejected
                .unprocessable("unknown-language", "language must be uz-Latn, uz-Cyrl, ru or en."));
        ReadingAssessor readingAssessor = assessor(assessor);
        if (text.isBlank() || text.length() > MAX_TEXT) {
            throw CommandRejected.unprocessable("reading-text", "text must hold 1-" + MAX_TEXT + " characters.");
        }
        String id = attemptId != null ? validId(attemptId) : "read-" + AudioStore.sha256((studentId + ":" + key)
                .getBytes(StandardCharsets.UTF_8)).substring(0, 24);
        byte[] wav = bytes(upload);
        WavAudio.requireValid(wav, maxAudioBytes);
        if (readingAssessor == ReadingAssessor.AZURE && readingLanguage.azureLocale().isEmpty()) {
            throw CommandRejected.unprocessable("language-needs-a-teacher", "The speech service cannot assess "
                    + language + "; submit it with assessor TEACHER.");
        }
        ReadingRequests.Submission submission = new ReadingRequests.Submission(studentId, id, text, language,
                readingAssessor.name(), AudioStore.sha256(wav));
        return idempotent.run(caller, key, submission, () -> {
            Access.requireRegistered(learners, studentId);
            commands.sendAndWait(new ConfirmSpeechConsentCommand(studentId));
            if (readingAssessor == ReadingAssessor.AZURE) {
                // a retry of an upload taken earlier gets its first answer, whatever the service's state now
                outside.requireAvailable(OutsideFeature.READING_ASSESSMENT);
            }
            String audioRef = audio.store(wav);
            try {
                commands.sendAndWait(new SubmitReadingAttemptCommand(id, studentId, text, readingLanguage, audioRef,
                        readingAssessor, caller.subject(), clock.instant()));
            } catch (RuntimeException e) {
                if (!readings.audioInUse(audioRef)) {
                    audio.delete(audioRef);
                }
                throw e;
            }
            return id;
        });
    }

    /** A teacher of the attempt's student (or an admin) scores it by hand. */
    @PostMapping("/api/v1/reading-attempts/{attemptId}/teacher-score")
    CommandAccepted score(@PathVariable String attemptId, @RequestHeader(Requests.IDEMPOTENCY_KEY) String key,
                          @Valid @RequestBody ReadingRequests.TeacherScore request, Authentication authentication) {
        Caller caller = Access.require(authentication, Role.TEACHER, Role.ADMIN);
        return idempotent.run(caller, key, new Requests.OnPath(attemptId, request), () -> {
            String studentId = readings.studentOf(attemptId).orElseThrow(() -> CommandRejected.notFound(
                    "unknown-reading-attempt", "No reading attempt with id " + attemptId + "."));
            boolean allowed = caller.has(Role.ADMIN) || learners.teachesStudent(caller.subject(), studentId);
            List<ReadingWord> words = request.words() == null ? List.of() : request.words().stream()
                    .map(word -> new ReadingWord(word.word(), word.accuracy(), word.errorType())).toList();
            commands.sendAndWait(new ScoreReadingCommand(attemptId, studentId, new ReadingScores(request.accuracy(),
                    request.fluency(), request.completeness(), request.prosody(), request.pronunciation(), words),
                    caller.subject(), allowed, clock.instant()));
            return attemptId;
        });
    }

    private static ReadingAssessor assessor(String assessor) {
        try {
            return ReadingAssessor.valueOf(assessor);
        } catch (IllegalArgumentException e) {
            throw CommandRejected.unprocessable("unknown-assessor", "assessor must be AZURE or TEACHER.");
        }
    }

    private static String validId(String id) {
        if (!id.matches(Requests.ID)) {
            throw CommandRejected.unprocessable("attempt-id", "attemptId " + Requests.ID_MESSAGE + ".");
        }
        return id;
    }

    private static byte[] bytes(MultipartFile upload) {
        try {
            return upload.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded audio", e);
        }
    }
}
