package vn.directivecascade.reading;

import org.springframework.stereotype.Service;

/** Reads a document's text into a {@link DocumentReading}; creates nothing. */
@Service
public class DocumentReader {

  /** What {@code text} says; the issuer and organisations are matched to the organisation tree. */
  public DocumentReading read(String text) {
    throw new UnsupportedOperationException("being written");
  }
}
