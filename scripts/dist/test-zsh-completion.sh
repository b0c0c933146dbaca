#!/usr/bin/env bash
# zsh completes ride through the .deb's /usr/share/zsh/vendor-completions/_ride, tried as a user
# would, in a real terminal (tmux, 80x24): `ride post<Tab>`, a scenario id, an engine name.
#
#   scripts/dist/test-zsh-completion.sh ROOT     # ROOT: where the .deb is installed (test-deb.sh)
#
# Runs on this machine's zsh and tmux with the root's two files (_ride reads
# /opt/ride/share/completions/ride.zsh, here taken from ROOT), as the completion needs no ride.
set -euo pipefail
root=$1
say() { echo "test-zsh-completion: $*" >&2; }
fail() { say "FAILED: $*"; exit 1; }
command -v zsh >/dev/null && command -v tmux >/dev/null || fail "zsh and tmux are needed"
wrapper=$root/usr/share/zsh/vendor-completions/_ride
[ -f "$wrapper" ] || fail "no $wrapper"
work=$(mktemp -d)
socket=ride-zsh-$$
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/fpath"
sed "s|/opt/ride/share/completions/ride.zsh|$root/opt/ride/share/completions/ride.zsh|" "$wrapper" >"$work/fpath/_ride"
printf 'fpath=(%s $fpath)\nautoload -U compinit && compinit -u\nPS1="zsh%%%% "\n' "$work/fpath" >"$work/.zshrc"
tmux -L "$socket" new-session -d -s t -x 80 -y 24 \
  "env -i HOME=$work ZDOTDIR=$work TERM=xterm PATH=/usr/bin:/bin zsh -i"

# type WORDS then Tab; wait until the line reads EXPECTED (completion is read at the first Tab)
complete_to() {
  local typed=$1 expected=$2 line=
  tmux -L "$socket" send-keys -t t C-u
  tmux -L "$socket" send-keys -t t -l "$typed"
  tmux -L "$socket" send-keys -t t Tab
  for _ in $(seq 100); do
    line=$(tmux -L "$socket" capture-pane -p -t t | grep '^zsh% ' | tail -1)
    [ "${line%% }" = "zsh% $expected" ] && return 0
    sleep 0.1
  done
  fail "'$typed' + Tab gave '$line', not '$expected'"
}
for _ in $(seq 50); do tmux -L "$socket" capture-pane -p -t t | grep -q '^zsh% ' && break; sleep 0.1; done
complete_to "ride post" "ride postgres"
complete_to "ride postgres start stage-09/08" "ride postgres start stage-09/08-migration-applied-to-one-tenant-only"
complete_to "ride postgres start --engine emb" "ride postgres start --engine embedded"
say "ok: subcommands, scenario ids and engines complete in zsh"
