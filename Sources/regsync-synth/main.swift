print("regsync-synth")
