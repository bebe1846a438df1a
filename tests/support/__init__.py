"""Helpers shared by test suites (real implementations, never mocks of Minga itself)."""
