package io.pulsecrm.localstack;

public class Placeholder {}
