#!/usr/bin/env node
// The bins' file of earlier versions, kept because git hooks they installed run it by this path: the same CLI.
import './cli.cjs';
