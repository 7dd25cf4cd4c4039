package org.p2mdbg.cli;

/** Input the command cannot use (a bad option value, an address outside the tables): exit code 2. */
final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) { super(message); }

    BadInputException(String message, Throwable cause) { super(message, cause); }
}
