package io.pulsecrm.chdb;

public class Placeholder {}
