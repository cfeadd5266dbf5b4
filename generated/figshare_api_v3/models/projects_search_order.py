from enum import Enum


class ProjectsSearchOrder(str, Enum):
    CREATED_DATE = "created_date"
    FINISH_DATE = "finish_date"
    FIRST_ONLINE = "first_online"
    MODIFIED_DATE = "modified_date"
    POSTED_DATE = "posted_date"
    PUBLISHER_ACCEPTED = "publisher_accepted"
    PUBLISHER_PUBLISHED = "publisher_published"
    START_DATE = "start_date"

    def __str__(self) -> str:
        return str(self.value)
