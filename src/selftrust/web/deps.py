"""Typed dependencies for page routes."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from selftrust.domain.profile import Profile
from selftrust.services.runtime import Runtime


async def _runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


async def _profile(request: Request) -> Profile:
    # Local mode: the one implicit profile. Accounts plug in here later.
    profile: Profile = request.app.state.profile
    return profile


RuntimeDep = Annotated[Runtime, Depends(_runtime)]
ProfileDep = Annotated[Profile, Depends(_profile)]
