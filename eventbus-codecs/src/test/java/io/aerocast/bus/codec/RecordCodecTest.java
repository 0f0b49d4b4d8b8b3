package io.aerocast.bus.codec;

import io.aerocast.bus.MessageCodecs;
import io.aerocast.bus.MessageSamples;
import io.aerocast.bus.message.ModelAnnouncement;
import io.aerocast.bus.message.Observation;
import io.vertx.core.buffer.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Verifies that every message codec round-trips its record exactly and refuses bytes it cannot trust. */
class RecordCodecTest {

  private static final int OFFSET = 17;

  record Case(RecordCodec<Object> codec, Object sample) {
    @Override
    public String toString() {
      return codec.name();
    }
  }

  @SuppressWarnings("unchecked")
  static Stream<Case> cases() {
    List<RecordCodec<?>> codecs = MessageCodecs.all();
    List<Object> samples = MessageSamples.all();
    return IntStream.range(0, codecs.size())
        .mapToObj(i -> new Case((RecordCodec<Object>) codecs.get(i), samples.get(i)));
  }

  /** Writes the sample after some unrelated bytes, as the event bus does after its own header. */
  private static Buffer encodedAtOffset(Case c) {
    Buffer buffer = Buffer.buffer();
    for (int i = 0; i < OFFSET; i++) {
      buffer.appendByte((byte) 0x5A);
    }
    c.codec().encodeToWire(buffer, c.sample());
    return buffer;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void roundTripsAtNonZeroOffset(Case c) {
    assertThat(c.codec().type()).isInstanceOf(Class.class);
    assertThat(c.sample()).isInstanceOf(c.codec().type());
    Buffer buffer = encodedAtOffset(c);

    Object decoded = c.codec().decodeFromWire(OFFSET, buffer);

    assertThat(decoded).isEqualTo(c.sample()).isNotSameAs(c.sample());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void writesVersionByteFirstAndAnExactLength(Case c) {
    Buffer buffer = encodedAtOffset(c);
    assertThat(buffer.getByte(OFFSET)).isEqualTo(RecordCodec.FORMAT_VERSION);
    assertThat(buffer.getInt(OFFSET + 1)).isEqualTo(buffer.length() - OFFSET - 5);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rejectsUnknownVersionByte(Case c) {
    Buffer buffer = encodedAtOffset(c);
    buffer.setByte(OFFSET, (byte) 2);

    assertThatThrownBy(() -> c.codec().decodeFromWire(OFFSET, buffer))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("unknown format version 2");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rejectsTruncatedMessage(Case c) {
    Buffer full = encodedAtOffset(c);
    Buffer truncated = full.getBuffer(0, full.length() - 3);

    assertThatThrownBy(() -> c.codec().decodeFromWire(OFFSET, truncated)).isInstanceOf(CodecException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rejectsTrailingBytesInsideTheDeclaredLength(Case c) {
    Buffer buffer = encodedAtOffset(c);
    buffer.setInt(OFFSET + 1, buffer.getInt(OFFSET + 1) + 2);
    buffer.appendShort((short) 0);

    assertThatThrownBy(() -> c.codec().decodeFromWire(OFFSET, buffer))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("unread bytes");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void followsTheEventBusCodecContract(Case c) {
    assertThat(c.codec().systemCodecID()).isEqualTo((byte) -1);
    assertThat(c.codec().name()).startsWith("aerocast.");
    // Records are deeply immutable, so local delivery may share the instance.
    assertThat(c.codec().transform(c.sample())).isSameAs(c.sample());
  }

  @Test
  void codecNamesAndTypesAreUnique() {
    Set<String> names = new HashSet<>();
    Set<Class<?>> types = new HashSet<>();
    for (RecordCodec<?> codec : MessageCodecs.all()) {
      assertThat(names.add(codec.name())).as("duplicate name %s", codec.name()).isTrue();
      assertThat(types.add(codec.type())).as("duplicate type %s", codec.type()).isTrue();
    }
    assertThat(MessageSamples.all()).hasSameSizeAs(MessageCodecs.all());
  }

  @Test
  void missingValuesStayMissingNotZero() {
    ObservationCodec codec = new ObservationCodec();
    Observation sample = MessageSamples.observationWithMissingValues();
    Buffer buffer = Buffer.buffer();
    codec.encodeToWire(buffer, sample);

    Observation decoded = codec.decodeFromWire(0, buffer);

    assertThat(decoded.windSpeed()).isNaN();
    assertThat(decoded.pressure()).isNaN();
    assertThat(decoded.temperature()).isEqualTo(-3.3);
  }

  @Test
  void stringsAreUtf8OnTheWire() {
    Observation sample = new Observation("Zürich-Flüelen", java.time.Instant.EPOCH, 1, 2, 3, "");
    Buffer buffer = Buffer.buffer();
    new ObservationCodec().encodeToWire(buffer, sample);
    byte[] utf8 = "Zürich-Flüelen".getBytes(StandardCharsets.UTF_8);

    assertThat(buffer.getInt(5)).isEqualTo(utf8.length);
    assertThat(buffer.getBytes(9, 9 + utf8.length)).isEqualTo(utf8);
  }

  @Test
  void transformIsolationForTheArtifactBytes() {
    byte[] bytes = {1, 2, 3, 4};
    ModelAnnouncement announcement = ModelAnnouncement.of("s", "v2", "v1", java.time.Instant.EPOCH, bytes);
    ModelAnnouncement delivered = new ModelAnnouncementCodec().transform(announcement);

    bytes[0] = 99;                     // the sender keeps mutating its array
    delivered.artifact()[1] = 99;      // a consumer mutates what it was given

    assertThat(delivered.artifact()).containsExactly(1, 2, 3, 4);
    assertThat(announcement.artifact()).containsExactly(1, 2, 3, 4);
  }

  @Test
  void corruptedArtifactIsRefusedOnDecode() {
    ModelAnnouncementCodec codec = new ModelAnnouncementCodec();
    ModelAnnouncement announcement = (ModelAnnouncement) MessageSamples.all().get(7);
    Buffer buffer = Buffer.buffer();
    codec.encodeToWire(buffer, announcement);
    // Flip one byte inside the artifact: it starts after three strings and an instant.
    int artifactAt = 5 + (4 + "USW00094846".length()) + (4 + "ord-20171001-0002".length())
        + (4 + "ord-20171001-0001".length()) + 12 + 4;
    buffer.setByte(artifactAt, (byte) (buffer.getByte(artifactAt) ^ 0x01));

    assertThatThrownBy(() -> codec.decodeFromWire(0, buffer))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("checksum mismatch");
  }

  @Test
  void invalidFieldValuesAreACodecErrorNotACrash() {
    ForecastCodec codec = new ForecastCodec();
    Buffer buffer = Buffer.buffer();
    codec.encodeToWire(buffer, (io.aerocast.bus.message.Forecast) MessageSamples.all().get(1));
    // The forecast value (first double after series + 2 instants) becomes NaN.
    int valueAt = 5 + 4 + "USW00094846".length() + 12 + 12;
    buffer.setDouble(valueAt, Double.NaN);

    assertThatThrownBy(() -> codec.decodeFromWire(0, buffer))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("value must be finite");
  }
}
