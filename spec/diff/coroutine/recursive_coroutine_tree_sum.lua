-- each node of a tree is summed by its own coroutine
local function tree(d) if d == 0 then return { v = 1 } end return { v = d, tree(d - 1), tree(d - 1) } end
local function sum(t)
  local co = coroutine.create(function(node)
    local s = node.v
    for i = 1, #node do s = s + sum(node[i]) end
    return s
  end)
  local _, s = coroutine.resume(co, t)
  return s
end
print(sum(tree(0)), sum(tree(3)), sum(tree(6)))
