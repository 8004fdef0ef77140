package uz.daftar.events.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import uz.daftar.events.learner.StudentRegistered;

/**
 * {@link StudentRegistered} revision 1 to 2: the event gained a readable {@code birthYear}. A revision-1 event was
 * stored before the year was kept outside the sealed profile, so it reads with {@code birthYear} null (unknown); the
 * year is not taken from the sealed profile, which only the command side can open and erasure destroys.
 */
public final class StudentRegisteredAddsBirthYear extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(StudentRegistered.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(StudentRegistered.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode upcast = ((ObjectNode) payload).deepCopy();
            upcast.putNull("birthYear");
            return upcast;
        });
    }
}
