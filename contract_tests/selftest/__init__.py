"""The suite's self-test: deliberately broken variants of the mock, one or more per rule, each
served over HTTP and run through the live suite, which must catch it."""
