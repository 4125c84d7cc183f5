package io.deltashare.contracts.catalog;

/** A text in Chinese and English, as providers publish their names and descriptions. */
public record LocalizedText(String zh, String en) {}
