-- a tiny stack-machine interpreter written in Lua
local code = {
  { "push", 0 }, { "store", "i" },
  { "load", "i" }, { "push", 1 }, { "add" }, { "store", "i" },
  { "load", "acc" }, { "load", "i" }, { "add" }, { "store", "acc" },
  { "load", "i" }, { "push", 1000 }, { "lt" }, { "jt", 3 },
  { "load", "acc" }, { "print" },
}
local vars = { acc = 0 }
local stack, sp, pc = {}, 0, 1
while pc <= #code do
  local ins = code[pc]
  local op = ins[1]
  pc = pc + 1
  if op == "push" then sp = sp + 1; stack[sp] = ins[2]
  elseif op == "load" then sp = sp + 1; stack[sp] = vars[ins[2]]
  elseif op == "store" then vars[ins[2]] = stack[sp]; sp = sp - 1
  elseif op == "add" then stack[sp - 1] = stack[sp - 1] + stack[sp]; sp = sp - 1
  elseif op == "lt" then stack[sp - 1] = stack[sp - 1] < stack[sp]; sp = sp - 1
  elseif op == "jt" then if stack[sp] then pc = ins[2] end; sp = sp - 1
  elseif op == "print" then print(stack[sp]); sp = sp - 1 end
end
