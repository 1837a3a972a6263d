"""Readout texts written for the tests, shared by the CLI and engine tests."""

READOUT = (
    "Wang Yi Holds Talks with Foreign Minister Penny Wong of Australia\n\n"
    "On December 21, 2022, State Councilor and Foreign Minister Wang Yi held talks with Foreign Minister "
    "Penny Wong of Australia at the Diaoyutai State Guesthouse in Beijing. The two sides exchanged views on "
    "trade, climate change and people-to-people exchanges.\n\n"
    "Penny Wong said that Australia adheres to the one-China policy.\n"
)
