#!/usr/bin/env -S node --
import '../dist/pmoves-sync.js';
